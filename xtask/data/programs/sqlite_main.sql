-- cargo xtask programs: the SQLite shell's output must be byte-identical
-- to the same shell linked against static glibc. No random() anywhere.
.bail off
.headers on
.mode list
PRAGMA journal_mode=WAL;
PRAGMA synchronous=OFF;
-- schema
CREATE TABLE dept(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, budget REAL);
CREATE TABLE emp(id INTEGER PRIMARY KEY, dept INTEGER REFERENCES dept(id), name TEXT, salary REAL, hired TEXT, tags TEXT);
CREATE TABLE big(k INTEGER PRIMARY KEY, grp INTEGER, s TEXT, x REAL);
CREATE TABLE loose(k INTEGER, v TEXT);
INSERT INTO dept VALUES (1,'eng',1.5e6),(2,'ops',250000.25),(3,'sales',-0.0),(4,'héllo wörld',1e-7);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<500)
INSERT INTO emp SELECT i, 1 + i % 4, printf('emp%03d', i), 1000.0 + (i * 37 % 911) * 12.5,
  date('2000-01-01', printf('+%d days', i * 13)), json_array(i % 3, 'x' || (i % 5)) FROM n;
-- 100,000 rows inside one transaction
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i<100000)
INSERT INTO big SELECT i, i % 97, printf('s%07d-%x', i * 7919 % 100003, i), (i * 2654435761 % 1000003) / 997.0 FROM n;
COMMIT;
SELECT 'big', count(*), sum(grp), printf('%.6f', sum(x)), min(s), max(s) FROM big;
-- 100,000 rows outside a transaction: one autocommit statement per row
.headers off
.output /dev/null
-- @LOOSE_INSERTS (cargo xtask programs writes the 100,000 INSERT statements here)
.output stdout
.headers on
SELECT 'loose', count(*), sum(k), count(DISTINCT v) FROM loose;
-- indexes
CREATE INDEX big_grp ON big(grp, x);
CREATE INDEX emp_dept ON emp(dept, salary DESC);
CREATE UNIQUE INDEX loose_k ON loose(k);
SELECT grp, count(*), printf('%.4f', avg(x)) FROM big WHERE grp IN (0, 13, 96) GROUP BY grp ORDER BY grp;
EXPLAIN QUERY PLAN SELECT * FROM big WHERE grp = 5 AND x > 100;
SELECT k, s FROM big WHERE grp = 42 ORDER BY x DESC LIMIT 3;
-- joins
SELECT d.name, count(e.id), printf('%.2f', sum(e.salary)), max(e.name)
  FROM dept d LEFT JOIN emp e ON e.dept = d.id GROUP BY d.id ORDER BY d.id;
SELECT e.name, d.name FROM emp e JOIN dept d ON d.id = e.dept WHERE e.id % 100 = 0 ORDER BY e.id;
SELECT count(*) FROM big b JOIN loose l ON l.k = b.k WHERE b.grp = 7 AND l.v LIKE 'v1%';
-- window functions
SELECT id, dept, salary, rank() OVER w, dense_rank() OVER w, printf('%.3f', percent_rank() OVER w),
  sum(salary) OVER (PARTITION BY dept ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)
  FROM emp WHERE id <= 12 WINDOW w AS (PARTITION BY dept ORDER BY salary DESC) ORDER BY id;
SELECT grp, k, lag(k) OVER (PARTITION BY grp ORDER BY k), lead(s, 2, 'none') OVER (PARTITION BY grp ORDER BY k),
  ntile(4) OVER (PARTITION BY grp ORDER BY k), first_value(x) OVER (PARTITION BY grp ORDER BY k)
  FROM big WHERE grp = 3 AND k < 700 ORDER BY k;
-- CTEs
WITH RECURSIVE fib(n, a, b) AS (SELECT 1, 0, 1 UNION ALL SELECT n+1, b, a+b FROM fib WHERE n < 90)
SELECT n, a FROM fib WHERE n % 15 = 0;
WITH RECURSIVE cnt(x) AS (VALUES(1) UNION ALL SELECT x*3 FROM cnt WHERE x < 1e18)
SELECT group_concat(x, ' ') FROM cnt;
WITH top(d, s) AS MATERIALIZED (SELECT dept, max(salary) FROM emp GROUP BY dept)
SELECT d, s, (SELECT count(*) FROM emp WHERE dept = d AND salary = s) FROM top ORDER BY d;
-- FTS5
CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO docs(title, body) VALUES
 ('Zlib', 'a free, general-purpose, legally unencumbered lossless data-compression library'),
 ('Lua', 'a powerful, efficient, lightweight, embeddable scripting language'),
 ('SQLite', 'a small, fast, self-contained, high-reliability, full-featured SQL database engine'),
 ('Café', 'the déjà vu of naïve crème brûlée, a façade of piñatas'),
 ('hello', 'the GNU hello program produces a familiar, friendly greeting');
INSERT INTO docs(title, body) SELECT 'gen' || k, 'word' || (k % 17) || ' token' || (k % 5) || ' common' FROM big WHERE k <= 2000;
SELECT title, snippet(docs, 1, '[', ']', '...', 6) FROM docs WHERE docs MATCH 'language OR library OR engine' ORDER BY rank, title;
SELECT title FROM docs WHERE docs MATCH 'deja NEAR vu' ;
SELECT title FROM docs WHERE docs MATCH 'creme';
SELECT count(*) FROM docs WHERE docs MATCH 'word3 AND token3';
SELECT title, highlight(docs, 0, '<', '>') FROM docs WHERE docs MATCH 'title:gen19*' ORDER BY rowid LIMIT 5;
SELECT title, printf('%.6f', bm25(docs)) FROM docs WHERE docs MATCH 'friendly OR fast' ORDER BY bm25(docs), title;
-- JSON
SELECT json_object('a', 1, 'b', 2.5, 'c', json_array(1, 'two', NULL, 3.25e-5), 'd', 'é"\');
SELECT json_extract('{"x":{"y":[10,20,{"z":"deep"}]}}', '$.x.y[2].z', '$.x.y[#-2]');
SELECT key, value, type FROM json_each('{"n":1.5,"s":"str","a":[1,2],"o":{"k":null},"t":true}') ORDER BY key;
SELECT json_group_array(name) FROM (SELECT name FROM dept ORDER BY id);
SELECT json_patch('{"a":1,"b":{"c":2}}', '{"b":{"c":null,"d":3},"e":[1e10]}');
SELECT json_valid('{"a":}'), json_valid('[1,2]'), json_type('[1,2.0,"x"]', '$[1]'), json_quote(3.0), json('  {"a" :  1e3 } ');
SELECT tags ->> 1, tags -> 0, count(*) FROM emp GROUP BY 1, 2 ORDER BY 1, 2;
-- printf()/format() with floats
SELECT printf('%f|%.0f|%.1f|%.10f|%e|%.3E|%g|%G|%.17g', 3.14159265358979, 2.5, 0.05, 1.0/3, 6.02214076e23, 1.6e-19, 1e-5, 1e20, 0.1);
SELECT format('%10.3f|%-10.2e|%+d|%05d|%x|%o|%c|%q|%Q|%w', -1234.56789, 0.000123, 42, 7, 255, 8, 'A', 'it''s', NULL, 'a"b');
SELECT printf('%!.20g|%.15g|%g|%g|%g', 0.1, 1e308 * 10, -0.0, 1e-320, 123456789012345678);
SELECT printf('%.2f', x) FROM big WHERE k IN (1, 2, 3, 99999);
SELECT printf('%,d|%,d', 1234567890, -9876543), printf('%.3s|%5s|%-5s|', 'abcdef', 'ab', 'ab');
SELECT 1e300 * 1e10, -1e300 * 1e10, 9007199254740993, 0.1 + 0.2, 1.0 / 3, 2.5e-308 / 1e10;
SELECT CAST('3.7e2xyz' AS REAL), CAST(' 12 ' AS INTEGER), CAST(1e19 AS INTEGER), CAST(-4.9 AS INTEGER), '1e5' + 0;
-- math functions
SELECT printf('%.12g|%.12g|%.12g|%.12g|%.12g|%.12g', sqrt(2), ln(10), log10(2), log2(3), exp(1), pow(2, 0.5));
SELECT printf('%.12g|%.12g|%.12g|%.12g|%.12g|%.12g', sin(1), cos(1), tan(1), atan2(1, 2), acos(0.5), asinh(1));
SELECT ceil(-1.5), floor(-1.5), trunc(2.7), mod(7.5, 2), pi() > 3.14159, degrees(pi()), radians(180) = pi(), sign(-3);
-- date and time (UTC only here; the local-time script runs under several TZ)
SELECT date('2024-02-29', '+1 year'), time('12:34:56', '+90 minutes'), strftime('%Y-%j %W %w %H:%M:%f', '2023-12-31 23:59:59.123');
SELECT datetime(1700000000, 'unixepoch'), julianday('2000-01-01 12:00:00'), unixepoch('2038-01-19 03:14:08'), date('now') > '2020-01-01';
-- WAL, integrity, VACUUM, .dump/.read
PRAGMA journal_mode;
PRAGMA wal_checkpoint(TRUNCATE);
DELETE FROM big WHERE k % 3 = 0;
DELETE FROM loose WHERE k > 50000;
PRAGMA integrity_check;
VACUUM;
PRAGMA integrity_check;
SELECT count(*), sum(k) FROM big;
PRAGMA journal_mode=DELETE;
.output dump.sql
.dump
.output stdout
.open restored.db
.read dump.sql
-- reopened: the dump recreates FTS5's shadow tables through writable_schema
.open restored.db
SELECT 'restored', (SELECT count(*) FROM big), (SELECT sum(k) FROM loose), (SELECT count(*) FROM emp), (SELECT group_concat(name, ',') FROM dept);
SELECT count(*) FROM docs WHERE docs MATCH 'common';
PRAGMA integrity_check;
.output dump2.sql
.dump
.output stdout
.shell cmp dump.sql dump2.sql && echo dumps-identical
