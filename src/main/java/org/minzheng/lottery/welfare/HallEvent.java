package org.minzheng.lottery.welfare;

import java.time.LocalDate;

record HallEvent(long id, LocalDate heldOn, String title, String kind, int participants, String note) {}
