// The indexes and constraints, for comparing schemas.
SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint
RETURN name, type, labelsOrTypes, properties, owningConstraint
ORDER BY name
