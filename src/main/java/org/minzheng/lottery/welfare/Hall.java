package org.minzheng.lottery.welfare;

/** A 快乐吧 hall (an outlet of kind HAPPY_HALL) with its figures for one year. */
record Hall(long id, String code, String name, String address, String regionCode, int visitors, int events) {}
