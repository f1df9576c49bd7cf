package app.takeaways.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import app.takeaways.common.TakeawaysProperties;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Downloads of the whole site for admins, streamed as they are written.
 */
@Controller
@RequestMapping("/admin/export")
class ExportController {

	private final SiteExport export;

	private final TakeawaysProperties properties;

	private final Clock clock;

	ExportController(SiteExport export, TakeawaysProperties properties, Clock clock) {
		this.export = export;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/wxr")
	ResponseEntity<StreamingResponseBody> wxr(HttpServletRequest request) {
		String base = baseUrl(request);
		return download("wordpress.xml", MediaType.APPLICATION_XML, (out) -> this.export.wxr(out, base));
	}

	@GetMapping("/json")
	ResponseEntity<StreamingResponseBody> json() {
		return download("archive.json", MediaType.APPLICATION_JSON, this.export::json);
	}

	private ResponseEntity<StreamingResponseBody> download(String suffix, MediaType type, StreamingResponseBody body) {
		String name = "takeaways-" + LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC) + "-" + suffix;
		return ResponseEntity.ok()
			.contentType(new MediaType(type, java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private String baseUrl(HttpServletRequest request) {
		String configured = this.properties.siteUrl();
		if (configured != null && !configured.isBlank()) {
			return configured.replaceAll("/+$", "");
		}
		return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
	}

}
