// Orders (acts) the standards' texts name: repealed, repealing, or rewritten in a new edition, whether or not the
// order's own text is loaded. One node per order number and date as printed. Row: {id, number, date}: id is
// number@date (number@undated when no date is printed), date is yyyy-mm-dd or null.
UNWIND $rows AS r
MERGE (a:Act {id: r.id, graphVersion: $version})
SET a.number = r.number,
    a.date = r.date
RETURN count(*) AS written
