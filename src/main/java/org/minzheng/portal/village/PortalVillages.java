package org.minzheng.portal.village;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.region.VillageScans;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.springframework.stereotype.Component;

/** The villages behind the QR codes, as every portal page finds them from its address. */
@Component
public class PortalVillages {

    /** The QR codes print the full 12 digits; shorter forms would name a township or county. */
    private static final Pattern VILLAGE_CODE = Pattern.compile("[0-9]{12}");

    private final Regions regions;
    private final VillageScans scans;
    private final Clock clock;

    PortalVillages(Regions regions, VillageScans scans, Clock clock) {
        this.regions = regions;
        this.scans = scans;
        this.clock = clock;
    }

    /**
     * The village of a page a citizen opens, counting the opening for the village's poster statistics.
     *
     * @throws PortalNotFoundException when the code is not a village of the region tree
     */
    public Village open(String code) {
        Village village = find(code);
        scans.record(village.code(), today());
        return village;
    }

    /**
     * The village without counting an opening, for addresses that only lead on to a page.
     *
     * @throws PortalNotFoundException when the code is not a village of the region tree
     */
    public Village find(String code) {
        if (code == null || !VILLAGE_CODE.matcher(code).matches() || !RegionCode.isValid(code)) {
            throw PortalNotFoundException.unknownVillage();
        }
        RegionCode villageCode = RegionCode.of(code);
        if (villageCode.level() != RegionLevel.VILLAGE) {
            throw PortalNotFoundException.unknownVillage();
        }
        RegionSummary region = regions.find(villageCode)
                .filter(found -> found.level() == RegionLevel.VILLAGE)
                .orElseThrow(PortalNotFoundException::unknownVillage);
        List<RegionSummary> path = regions.path(villageCode);
        return new Village(
                villageCode,
                region.name(),
                nameAt(path, RegionLevel.TOWNSHIP),
                nameAt(path, RegionLevel.COUNTY),
                region.demo());
    }

    /** Today in the bureau's time zone: which policies are in force is a question of the calendar day. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String nameAt(List<RegionSummary> path, RegionLevel level) {
        return path.stream()
                .filter(step -> step.level() == level)
                .map(RegionSummary::name)
                .findFirst()
                .orElse("");
    }
}
