-- cargo xtask programs --speed: 100,000-row insert + queries.
PRAGMA journal_mode=WAL;
PRAGMA synchronous=OFF;
CREATE TABLE t(k INTEGER PRIMARY KEY, g INTEGER, s TEXT, x REAL);
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<100000)
INSERT INTO t SELECT i, i % 101, printf('row%08d-%x', i * 7919 % 1000003, i), i * 0.37 FROM n;
COMMIT;
CREATE INDEX tg ON t(g, x);
SELECT g, count(*), printf('%.3f', avg(x)), max(s) FROM t GROUP BY g ORDER BY g LIMIT 5;
SELECT count(*) FROM t a JOIN t b ON b.k = a.k + 1 WHERE a.g = b.g - 1;
SELECT s FROM t WHERE s LIKE 'row0000%' ORDER BY s LIMIT 3;
SELECT printf('%.6f', sum(x * 1.5)), group_concat(printf('%.2e', x), ',') FROM (SELECT x FROM t WHERE g = 7 LIMIT 200);
SELECT k, sum(x) OVER (ORDER BY k ROWS 5 PRECEDING) FROM t WHERE k % 10000 = 0;
