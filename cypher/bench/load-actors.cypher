// Synthetic bench data (fallback until bench:data lands): actors with their type label.
UNWIND $actors AS x
CREATE (a:Actor)
SET a = x
FOREACH (_ IN CASE WHEN x.type = 'PERSON' THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE WHEN x.type = 'OUTLET' THEN [1] ELSE [] END | SET a:Outlet)
