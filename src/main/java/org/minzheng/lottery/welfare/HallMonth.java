package org.minzheng.lottery.welfare;

/** One month of a hall: the days with a count, the visitors, the events held and their participants. */
record HallMonth(int month, int days, int visitors, int events, int participants) {

    public int averagePerDay() {
        return days == 0 ? 0 : Math.round((float) visitors / days);
    }
}
