package org.minzheng.region.qr;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.minzheng.audit.AuditEvent;
import org.minzheng.audit.AuditLog;
import org.minzheng.region.DailyScans;
import org.minzheng.region.RegionSummary;
import org.minzheng.region.Regions;
import org.minzheng.region.VillageScans;
import org.minzheng.shared.RegionCode;
import org.minzheng.shared.RegionLevel;
import org.minzheng.shared.security.CurrentStaff;
import org.minzheng.shared.security.DataScope;
import org.minzheng.shared.web.Messages;
import org.minzheng.shared.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * 村居二维码: each village's poster with its QR code and scan counts, and the posters of a whole township
 * or county to print or to take to a print shop as PNG files. Everything stays within the staff
 * member's region subtree; other regions answer 404.
 */
@Controller
@RequestMapping("/console/region/qr")
@PreAuthorize("hasAuthority('region:qr:print')")
class PosterController {

    /** The per-day table shows two weeks: enough to see whether a newly hung poster is being used. */
    private static final int DAYS_LISTED = 14;

    private static final int DAYS_SUMMED = 30;

    private final PosterRepository posters;
    private final Regions regions;
    private final VillageScans scans;
    private final AuditLog audit;
    private final PosterProperties properties;
    private final Messages messages;
    private final Clock clock;

    PosterController(
            PosterRepository posters,
            Regions regions,
            VillageScans scans,
            AuditLog audit,
            PosterProperties properties,
            Messages messages,
            Clock clock) {
        this.posters = posters;
        this.regions = regions;
        this.scans = scans;
        this.audit = audit;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/{villageCode}")
    String preview(@PathVariable String villageCode, Model model) {
        DataScope scope = CurrentStaff.scope();
        Poster poster = village(villageCode, scope);
        LocalDate today = LocalDate.now(clock);
        List<DailyScans> lastDays = scans.daily(poster.code(), today.minusDays(DAYS_LISTED - 1), today);
        model.addAttribute("poster", poster);
        model.addAttribute("hotline", properties.hotline());
        model.addAttribute("path", regions.path(poster.code()));
        model.addAttribute("scopeRoot", scope.root());
        model.addAttribute("scansTotal", scans.total(poster.code()));
        model.addAttribute("scansRecent", scans.between(poster.code(), today.minusDays(DAYS_SUMMED - 1), today));
        model.addAttribute("daysSummed", DAYS_SUMMED);
        model.addAttribute("scansByDay", newestFirst(lastDays));
        return "region/qr/preview";
    }

    @GetMapping("/{villageCode}.png")
    ResponseEntity<byte[]> png(@PathVariable String villageCode) {
        Poster poster = village(villageCode, CurrentStaff.scope());
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(poster.fileName()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(poster.qrCode().png(Poster.DOWNLOAD_PIXELS));
    }

    @GetMapping("/{code}/posters")
    String posters(@PathVariable String code, Model model) {
        DataScope scope = CurrentStaff.scope();
        RegionSummary region = region(code, scope);
        model.addAttribute("region", region);
        List<Poster> villages = posters.below(region.code(), scope);
        model.addAttribute("posters", villages);
        model.addAttribute("demoCount", villages.stream().filter(Poster::demo).count());
        model.addAttribute("hotline", properties.hotline());
        return "region/qr/posters";
    }

    @GetMapping("/{code}/posters.zip")
    void zip(@PathVariable String code, HttpServletResponse response) throws IOException {
        DataScope scope = CurrentStaff.scope();
        RegionSummary region = region(code, scope);
        List<Poster> villages = posters.below(region.code(), scope);
        if (villages.isEmpty()) {
            throw new NotFoundException("villages");
        }
        // Printed codes leave the system for good; who took which ones is on the record.
        audit.record(AuditEvent.operation(
                        "region.qr.download", "region.regions", region.code().value(), region.code())
                .withDetail(villages.size() + " villages"));
        String fileName =
                messages.get("region.qr.zip.file", region.name(), region.code().significantDigits()) + ".zip";
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName));
        try (var zip = new ZipOutputStream(response.getOutputStream(), StandardCharsets.UTF_8)) {
            for (Poster poster : villages) {
                zip.putNextEntry(new ZipEntry(poster.fileName()));
                poster.qrCode().writePng(Poster.DOWNLOAD_PIXELS, zip);
                zip.closeEntry();
            }
        }
    }

    /** A download; the UTF-8 form of the name keeps Chinese village names intact in every browser. */
    private static String attachment(String fileName) {
        return ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString();
    }

    private static List<DailyScans> newestFirst(List<DailyScans> days) {
        List<DailyScans> copy = new ArrayList<>(days);
        Collections.reverse(copy);
        return copy;
    }

    private Poster village(String code, DataScope scope) {
        if (!RegionCode.isValid(code) || RegionCode.of(code).level() != RegionLevel.VILLAGE) {
            throw new NotFoundException("village");
        }
        return posters.village(RegionCode.of(code), scope).orElseThrow(() -> new NotFoundException("village"));
    }

    private RegionSummary region(String code, DataScope scope) {
        if (!RegionCode.isValid(code)) {
            throw new NotFoundException("region");
        }
        return regions.find(RegionCode.of(code), scope).orElseThrow(() -> new NotFoundException("region"));
    }
}
