// How many statements the benchmark's graph holds (a count-store lookup).
MATCH (s:Statement)
RETURN count(s) AS statements
