package org.minzheng.lottery.welfare;

import java.time.LocalDate;

record WelfareGrant(long id, LocalDate grantedOn, long amountFen, String purpose, String createdBy) {}
