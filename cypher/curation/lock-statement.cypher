// Write-locks the statement before its correction reads what it counts under, so that two
// corrections of it at once take turns and each subtracts what the other left, not what it saw.
MATCH (s:Statement {id: $id})
SET s.curatedBy = $by, s.curatedAt = $now
RETURN s.id AS id
