package org.minzheng.rescue.escort;

import java.time.Instant;

record EscortEvent(EscortStatus status, Instant at, String by, String note) {}
