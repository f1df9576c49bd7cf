package app.takeaways.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;

import app.takeaways.common.NotFoundException;
import app.takeaways.common.web.AdminLayout;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The WordPress import for admins: the upload form, and a page per import that shows its
 * progress (refreshing itself, without JavaScript) and then its report.
 */
@AdminLayout
@Controller
@RequestMapping("/admin/import")
class WordpressImportController {

	private final ImportJobs jobs;

	WordpressImportController(ImportJobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("section", "transfer");
		model.addAttribute("jobs", this.jobs.recent());
		return "transfer/import";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Principal principal,
			RedirectAttributes flash) throws IOException {
		if (file == null || file.isEmpty()) {
			flash.addFlashAttribute("problem", "transfer.import.empty");
			return "redirect:/admin/import";
		}
		Path temp = Files.createTempFile("wordpress-import-", ".upload");
		file.transferTo(temp);
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "upload";
		String id = this.jobs.start(temp, name, principal.getName());
		return "redirect:/admin/import/" + id;
	}

	@GetMapping("/{id}")
	String progress(@PathVariable String id, Model model) {
		ImportJobs.Job job = this.jobs.find(id).orElseThrow(() -> new ImportNotFoundException(id));
		model.addAttribute("section", "transfer");
		model.addAttribute("job", job);
		model.addAttribute("report", job.report().snapshot());
		return "transfer/progress";
	}

	static class ImportNotFoundException extends NotFoundException {

		ImportNotFoundException(String id) {
			super("No import " + id);
		}

	}

}
