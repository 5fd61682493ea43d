package org.minzheng.disclosure.lists;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.DataScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Finds the area of a public address in the region tree; the city is the one whose bureau runs the platform. */
@Component
class PublicAreas {

    /** Short forms as the links write them, and the full 12 digits the village QR codes print. */
    private static final Pattern CODE = Pattern.compile("[0-9]{4}|[0-9]{6}|[0-9]{9}|[0-9]{12}");

    private final Regions regions;
    private final RegionCode city;

    PublicAreas(Regions regions, @Value("${minzheng.disclosure.city:3716}") String city) {
        this.regions = regions;
        this.city = RegionCode.of(city);
    }

    PublicArea city() {
        return find(city.significantDigits());
    }

    /** @throws AreaNotFoundException for anything that is not a region of the city's tree */
    PublicArea find(String code) {
        if (code == null || !CODE.matcher(code).matches() || !RegionCode.isValid(code)) {
            throw new AreaNotFoundException();
        }
        RegionCode regionCode = RegionCode.of(code);
        if (!city.contains(regionCode) || regionCode.level() == RegionLevel.PROVINCE) {
            throw new AreaNotFoundException();
        }
        // the path ends with the region itself, so one query both finds it and gives the breadcrumb
        List<RegionSummary> trail = regions.path(regionCode).stream()
                .filter(step -> city.contains(step.code()))
                .toList();
        if (trail.isEmpty() || !trail.get(trail.size() - 1).code().equals(regionCode)) {
            throw new AreaNotFoundException();
        }
        return new PublicArea(trail.get(trail.size() - 1), trail);
    }

    /** The subdivisions of the area, in code order; none for a village. */
    List<RegionSummary> subdivisions(PublicArea area) {
        if (area.village()) {
            return List.of();
        }
        return regions.children(area.code(), new DataScope(area.code()));
    }

    Map<RegionCode, String> namesOf(Collection<RegionCode> codes) {
        return regions.namesOf(codes);
    }
}
