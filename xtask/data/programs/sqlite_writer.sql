-- One of two processes writing the same WAL database at once (fcntl
-- locks); W is replaced by the writer's number. 300 transactions of 10 rows.
.timeout 60000
.output /dev/null
PRAGMA journal_mode=WAL;
.output stdout
-- @WRITER_TRANSACTIONS (cargo xtask programs writes the 300 transactions here)
