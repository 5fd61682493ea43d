package org.minzheng.lottery.welfare;

import java.time.LocalDate;

record HallVisit(LocalDate visitDate, int visitors, String note, String recordedBy) {}
