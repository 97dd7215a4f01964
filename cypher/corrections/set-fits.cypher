// Whether each correction still fitted the graph when it was last applied.
UNWIND $rows AS row
MATCH (c:Correction {id: row.id})
SET c.fits = row.fits
