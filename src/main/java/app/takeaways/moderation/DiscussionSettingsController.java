package app.takeaways.moderation;

import app.takeaways.common.web.AdminLayout;
import app.takeaways.comment.DiscussionSettingsForm;
import app.takeaways.comment.DiscussionSettingsStore;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The discussion rules at {@code /admin/settings/discussion}.
 */
@AdminLayout
@Controller
@RequestMapping("/admin/settings/discussion")
class DiscussionSettingsController {

	private final DiscussionSettingsStore settings;

	DiscussionSettingsController(DiscussionSettingsStore settings) {
		this.settings = settings;
	}

	@ModelAttribute("section")
	String section() {
		return "settings";
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("form", this.settings.form());
		return "moderation/settings";
	}

	@PostMapping
	String save(@Valid @ModelAttribute("form") DiscussionSettingsForm form, BindingResult errors,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return "moderation/settings";
		}
		this.settings.change(form);
		flash.addFlashAttribute("notice", "settings.saved");
		return "redirect:/admin/settings/discussion";
	}

}
