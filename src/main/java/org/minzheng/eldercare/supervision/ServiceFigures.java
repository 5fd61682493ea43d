package org.minzheng.eldercare.supervision;

/**
 * What the supervision centre reads for one area, provider or month. A visit is late when it was missed,
 * checked in on a day after the one it was scheduled for, or is still open although its day has passed;
 * it is on time when it was checked in on or before its day. Days are those of Asia/Shanghai.
 *
 * @param planned visits of the month not cancelled
 * @param due visits whose day has passed or that are done: the base of the on-time rate
 * @param complaints null where complaints cannot be attributed (they belong to a provider, not a township)
 * @param openAnomalies anomalies no supervisor has reviewed yet
 */
record ServiceFigures(
        long beds,
        long planned,
        long done,
        long late,
        long onTime,
        long due,
        long ratingSum,
        long rated,
        Long complaints,
        long overlaps,
        long checkOutsBeforeCheckIn,
        long tooShort,
        long missed,
        long openAnomalies) {

    static final ServiceFigures NONE = new ServiceFigures(0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0, 0);

    /** Share of due visits done on time, in percent; null when nothing was due yet. */
    public Double onTimePercent() {
        return due == 0 ? null : 100.0 * onTime / due;
    }

    public Double averageRating() {
        return rated == 0 ? null : (double) ratingSum / rated;
    }

    public long anomalies() {
        return overlaps + checkOutsBeforeCheckIn + tooShort + missed;
    }

    ServiceFigures plus(ServiceFigures other) {
        return new ServiceFigures(
                beds + other.beds,
                planned + other.planned,
                done + other.done,
                late + other.late,
                onTime + other.onTime,
                due + other.due,
                ratingSum + other.ratingSum,
                rated + other.rated,
                complaints == null && other.complaints == null
                        ? null
                        : (complaints == null ? 0 : complaints) + (other.complaints == null ? 0 : other.complaints),
                overlaps + other.overlaps,
                checkOutsBeforeCheckIn + other.checkOutsBeforeCheckIn,
                tooShort + other.tooShort,
                missed + other.missed,
                openAnomalies + other.openAnomalies);
    }

    ServiceFigures withComplaints(Long count) {
        return new ServiceFigures(
                beds,
                planned,
                done,
                late,
                onTime,
                due,
                ratingSum,
                rated,
                count,
                overlaps,
                checkOutsBeforeCheckIn,
                tooShort,
                missed,
                openAnomalies);
    }
}
