package org.minzheng.rescue.cases;

import java.time.Instant;
import java.time.LocalDate;

/** A stay extension filed with the higher department. */
record Extension(
        int extraDays, String reason, String reportedTo, LocalDate reportedOn, String filedBy, Instant filedAt) {}
