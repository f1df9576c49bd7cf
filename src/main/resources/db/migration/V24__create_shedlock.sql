-- ShedLock's lock table: a scheduled job runs on the instance that holds its row's lock.
CREATE TABLE shedlock (
	name VARCHAR(64) NOT NULL,
	lock_until TIMESTAMP WITH TIME ZONE NOT NULL,
	locked_at TIMESTAMP WITH TIME ZONE NOT NULL,
	locked_by VARCHAR(255) NOT NULL,
	CONSTRAINT pk_shedlock PRIMARY KEY (name)
);
