// Every actor with its type and how many statements it made: the graph-quality measures read them.
MATCH (a:Actor)
RETURN a.name AS name, a.type AS type, COUNT { (a)-[:MADE]->(:Statement) } AS statements
