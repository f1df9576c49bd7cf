package app.takeaways.media;

import java.io.IOException;
import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /editor/media}: the media library. Editors upload and list pictures; admins
 * delete those no post uses.
 */
@Controller
class MediaController {

	private final MediaLibrary library;

	private final ImageInspector inspector;

	MediaController(MediaLibrary library, ImageInspector inspector) {
		this.library = library;
		this.inspector = inspector;
	}

	@ModelAttribute("section")
	String section() {
		return "media";
	}

	@GetMapping("/editor/media")
	String list(Model model) {
		model.addAttribute("form", UploadForm.empty());
		return page(model);
	}

	@PostMapping("/editor/media")
	String upload(@Valid @ModelAttribute("form") UploadForm form, BindingResult errors, Principal principal,
			Model model, RedirectAttributes flash) throws IOException {
		if (form.file() == null || form.file().isEmpty()) {
			errors.rejectValue("file", "media.file.required");
		}
		else if (form.file().getSize() > this.inspector.maxBytes()) {
			errors.rejectValue("file", "media.refused.too-large");
		}
		if (!form.isDecorative() && form.alt().isBlank()) {
			errors.rejectValue("altText", "media.alt.required");
		}
		if (errors.hasErrors()) {
			return page(model);
		}
		try {
			String name = (form.file().getOriginalFilename() != null) ? form.file().getOriginalFilename() : "";
			String hash = this.library.upload(form.file().getBytes(), name, form.alt(), form.isDecorative(),
					principal.getName());
			flash.addFlashAttribute("notice", "media.uploaded");
			flash.addFlashAttribute("uploaded", hash);
			return "redirect:/editor/media";
		}
		catch (ImageRefusedException ex) {
			errors.rejectValue("file", ex.messageKey());
			return page(model);
		}
	}

	@PostMapping("/editor/media/{hash}/delete")
	String delete(@PathVariable String hash, RedirectAttributes flash) {
		try {
			this.library.delete(hash);
			flash.addFlashAttribute("notice", "media.deleted");
		}
		catch (MediaInUseException ex) {
			flash.addFlashAttribute("problem", "media.in-use");
			flash.addFlashAttribute("inUse", ex.posts());
		}
		return "redirect:/editor/media";
	}

	private String page(Model model) {
		model.addAttribute("items", this.library.list());
		model.addAttribute("maxMegabytes", this.inspector.maxBytes() / (1024 * 1024));
		return "media/library";
	}

}
