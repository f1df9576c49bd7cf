package app.takeaways.editor;

import app.takeaways.common.web.AdminLayout;

import java.security.Principal;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /editor/posts/{id}/revisions/**}: one revision of a post, and restoring it.
 */
@AdminLayout
@Controller
class RevisionController {

	private final EditorService editor;

	RevisionController(EditorService editor) {
		this.editor = editor;
	}

	@ModelAttribute("section")
	String section() {
		return "editor";
	}

	@GetMapping("/editor/posts/{id}/revisions/{number}")
	String revision(@PathVariable long id, @PathVariable int number, Model model) {
		model.addAttribute("page", this.editor.revision(id, number));
		return "editor/revision";
	}

	@PostMapping("/editor/posts/{id}/revisions/{number}/restore")
	String restore(@PathVariable long id, @PathVariable int number, @RequestParam long version, Principal principal,
			RedirectAttributes flash) {
		try {
			this.editor.restore(id, number, version, principal.getName());
			flash.addFlashAttribute("notice", "editor.restored");
		}
		catch (EditConflictException | OptimisticLockingFailureException ex) {
			flash.addFlashAttribute("problem", "editor.restore.conflict");
		}
		return "redirect:/editor/posts/" + id;
	}

}
