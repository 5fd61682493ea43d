package org.minzheng.charity.evaluation;

import java.time.LocalDate;
import org.minzheng.charity.award.AwardCategory;

/**
 * A published winner of the "three tens".
 *
 * @param displayName the winner's name, or the localised note that the person did not agree to be named
 *     (慈善法 art. 82); never the name of a person without consent
 */
public record PublicAward(
        String cycleName,
        int firstYear,
        int lastYear,
        AwardCategory category,
        String displayName,
        LocalDate publishedOn) {}
