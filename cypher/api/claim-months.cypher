// For the time slider: claims of $types per month ("YYYY-MM"; a date of a year alone counts in its January),
// how many have no date, and the weight of the heaviest stored edge of those types.
CALL () {
  MATCH (c:Claim)
  WHERE c.type IN $types AND c.date IS NOT NULL
  WITH CASE WHEN size(c.date) >= 7 THEN substring(c.date, 0, 7) ELSE c.date + '-01' END AS month, count(*) AS claims
  ORDER BY month
  RETURN collect({month: month, claims: claims}) AS months
}
CALL () {
  MATCH (c:Claim)
  WHERE c.type IN $types AND c.date IS NULL
  RETURN count(c) AS undated
}
CALL () {
  MATCH ()-[r:SUPPORTS|OPPOSES|NEGOTIATES]->()
  WHERE toLower(type(r)) IN $types
  RETURN coalesce(max(r.weight), 1) AS maxWeight
}
RETURN months, undated, maxWeight
