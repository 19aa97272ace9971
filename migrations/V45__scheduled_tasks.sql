-- db-scheduler's table (com.github.kagkarlsson:db-scheduler 16, io.tollgate.scheduler): one row per scheduled
-- execution; a recurring task is one row whose execution_time moves forward after each run. The columns are the
-- library's MySQL DDL, with DATETIME(6) instead of TIMESTAMP(6) as everywhere in Tollgate: no 2038 limit and no
-- conversion through the session time zone. The scheduler writes every time as UTC (alwaysPersistTimestampInUTC).
CREATE TABLE scheduled_tasks (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(100) NOT NULL,
    task_data            BLOB         NULL,
    execution_time       DATETIME(6)  NOT NULL,
    picked               BOOLEAN      NOT NULL,
    picked_by            VARCHAR(50)  NULL,
    last_success         DATETIME(6)  NULL,
    last_failure         DATETIME(6)  NULL,
    consecutive_failures INT          NULL,
    last_heartbeat       DATETIME(6)  NULL,
    version              BIGINT       NOT NULL,
    priority             SMALLINT     NULL,
    PRIMARY KEY (task_name, task_instance),
    KEY execution_time_idx (execution_time),
    KEY last_heartbeat_idx (last_heartbeat),
    KEY priority_execution_time_idx (priority DESC, execution_time ASC)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
