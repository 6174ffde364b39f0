// One batch of occupation codes (НКЗ / КЗ). Row: {code}.
UNWIND $rows AS r
MERGE (:OccupationCode {code: r.code, graphVersion: $version})
RETURN count(*) AS written
