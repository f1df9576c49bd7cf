package app.takeaways.media;

import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;

import app.takeaways.common.web.AdminLayout;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /editor/media}: the media library. Editors upload and list pictures; admins
 * delete those no post uses.
 */
@AdminLayout
@Controller
class MediaController {

	private final MediaLibrary library;

	private final ImageInspector inspector;

	private final MessageSource messages;

	MediaController(MediaLibrary library, ImageInspector inspector, MessageSource messages) {
		this.library = library;
		this.inspector = inspector;
		this.messages = messages;
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
		Optional<String> hash = store(form, errors, principal);
		if (hash.isEmpty()) {
			return page(model);
		}
		flash.addFlashAttribute("notice", "media.uploaded");
		flash.addFlashAttribute("uploaded", hash.get());
		return "redirect:/editor/media";
	}

	/**
	 * The post form's in-place upload (editor.js): the library form's checks, answered in
	 * JSON: 201 with the picture's hash, label and Markdown, or 400 with problem details
	 * that say why, as the library form says it beside the field.
	 */
	@PostMapping(path = "/editor/media/upload", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<?> uploadInPlace(@Valid @ModelAttribute("form") UploadForm form, BindingResult errors,
			Principal principal, Locale locale) throws IOException {
		Optional<String> hash = store(form, errors, principal);
		if (hash.isPresent()) {
			return ResponseEntity.status(HttpStatus.CREATED).body(this.library.uploaded(hash.get()));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage(errors.getAllErrors().get(0), locale));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * Checks the form and stores the picture.
	 * @return its hash, or empty with the reasons in {@code errors}
	 */
	private Optional<String> store(UploadForm form, BindingResult errors, Principal principal) throws IOException {
		if (form.file() == null || form.file().isEmpty()) {
			errors.rejectValue("file", "media.file.required");
		}
		else if (form.file().getSize() > this.inspector.maxBytes()) {
			errors.rejectValue("file", "media.refused.too-large");
		}
		if (!form.description().isComplete()) {
			errors.rejectValue("altText", "media.alt.required");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		try {
			String name = (form.file().getOriginalFilename() != null) ? form.file().getOriginalFilename() : "";
			DescriptionForm description = form.description();
			return Optional.of(this.library.upload(form.file().getBytes(), name, description.alt(),
					description.isDecorative(), principal.getName()));
		}
		catch (ImageRefusedException ex) {
			errors.rejectValue("file", ex.messageKey());
			return Optional.empty();
		}
	}

	/**
	 * A picture's text alternative, said anew from its row in the library.
	 */
	@PostMapping("/editor/media/{hash}/describe")
	String describe(@PathVariable String hash, @Valid DescriptionForm form, BindingResult errors,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			flash.addFlashAttribute("problem", "media.alt.too-long");
		}
		else if (!form.isComplete()) {
			flash.addFlashAttribute("problem", "media.alt.required");
		}
		else {
			this.library.describe(hash, form.alt(), form.isDecorative());
			flash.addFlashAttribute("notice", "media.described");
		}
		return "redirect:/editor/media#picture-" + hash;
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
