-- Run once per TZ value (the runner sets TZ): local time conversions.
.headers on
SELECT datetime(0, 'unixepoch', 'localtime') AS epoch,
       datetime(1700000000, 'unixepoch', 'localtime') AS t1,
       datetime(1720000000, 'unixepoch', 'localtime') AS t2;
SELECT datetime('2024-03-10 12:00:00', 'utc') AS mar, datetime('2024-07-01 00:30:00', 'utc') AS jul,
       datetime('2024-11-03 06:30:00', 'utc') AS nov;
SELECT strftime('%Y-%m-%d %H:%M:%S', 951782400, 'unixepoch', 'localtime') AS leap,
       strftime('%s', '2024-01-15 08:00:00', 'utc') AS secs;
SELECT datetime('2024-10-06 01:59:59', 'utc', 'localtime') AS roundtrip, time('2024-04-07 02:30:00', 'utc') AS lhdst;
WITH RECURSIVE m(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM m WHERE i < 11)
SELECT i, datetime(1704067200 + i * 2629800, 'unixepoch', 'localtime') FROM m;
SELECT datetime(-2208988800, 'unixepoch', 'localtime') AS y1900, datetime(4102444800, 'unixepoch', 'localtime') AS y2100;
