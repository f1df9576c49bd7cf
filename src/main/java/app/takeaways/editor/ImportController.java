package app.takeaways.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import app.takeaways.common.web.AdminLayout;
import app.takeaways.common.TakeawaysProperties;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /editor/import}: pasted or uploaded plain text becomes a draft that opens in the
 * editor. Nothing is published.
 */
@AdminLayout
@Controller
class ImportController {

	private final EditorService editor;

	private final SpringValidatorAdapter validator;

	private final TakeawaysProperties properties;

	ImportController(EditorService editor, Validator validator, TakeawaysProperties properties) {
		this.editor = editor;
		this.properties = properties;
		this.validator = new SpringValidatorAdapter(validator);
	}

	@ModelAttribute("section")
	String section() {
		return "editor";
	}

	@ModelAttribute("timeZone")
	String timeZone() {
		return this.properties.timeZone().getId();
	}

	@GetMapping("/editor/import")
	String form() {
		return "editor/import";
	}

	@PostMapping("/editor/import")
	String importText(@RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) @Nullable MultipartFile file, Principal principal, Model model,
			RedirectAttributes flash) throws IOException {
		String content = (file != null && !file.isEmpty()) ? new String(file.getBytes(), StandardCharsets.UTF_8) : text;
		if (content.isBlank()) {
			model.addAttribute("problemKey", "import.empty");
			return "editor/import";
		}
		PostForm form = TextImporter.toForm(content);
		BindingResult errors = new BeanPropertyBindingResult(form, "form");
		this.validator.validate(form, errors);
		if (errors.hasErrors()) {
			model.addAttribute("form", form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			return "editor/edit";
		}
		long id = this.editor.createImported(form, principal.getName());
		flash.addFlashAttribute("notice", "import.done");
		return "redirect:/editor/posts/" + id;
	}

}
