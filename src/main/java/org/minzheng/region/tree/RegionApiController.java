package org.minzheng.region.tree;

import java.util.List;
import org.minzheng.region.RegionSummary;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON access to the region tree, within the caller's data scope. */
@RestController
@RequestMapping("/api/v1/regions")
@PreAuthorize("hasAuthority('region:division:view')")
class RegionApiController {

    private final RegionRepository regions;

    RegionApiController(RegionRepository regions) {
        this.regions = regions;
    }

    @GetMapping
    RegionPage search(
            @RequestParam String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var found = regions.search(
                q.strip(), CurrentStaff.scope(), PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
        return new RegionPage(
                found.getContent().stream().map(RegionJson::of).toList(), found.getNumber(), found.getTotalElements());
    }

    @GetMapping("/{code}")
    RegionJson show(@PathVariable String code) {
        return RegionJson.of(inScope(code));
    }

    @GetMapping("/{code}/children")
    List<RegionJson> children(@PathVariable String code) {
        RegionSummary region = inScope(code);
        return regions.children(region.code(), CurrentStaff.scope()).stream()
                .map(RegionJson::of)
                .toList();
    }

    private RegionSummary inScope(String code) {
        if (!RegionCode.isValid(code)) {
            throw new NotFoundException("region");
        }
        return regions.find(RegionCode.of(code), CurrentStaff.scope())
                .orElseThrow(() -> new NotFoundException("region"));
    }

    record RegionJson(
            String code,
            String name,
            String level,
            String parentCode,
            String urbanRuralClass,
            boolean demo,
            int childCount) {
        static RegionJson of(RegionSummary r) {
            return new RegionJson(
                    r.code().value(),
                    r.name(),
                    r.level().name(),
                    r.parentCode() == null ? null : r.parentCode().value(),
                    r.urbanRuralClass(),
                    r.demo(),
                    r.childCount());
        }
    }

    record RegionPage(List<RegionJson> items, int page, long total) {}
}
