package app.takeaways.editor;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

import app.takeaways.common.web.AdminLayout;
import app.takeaways.common.TakeawaysProperties;
import app.takeaways.media.MediaLibrary;
import app.takeaways.post.PostPage;
import app.takeaways.post.PostPageModel;
import app.takeaways.post.ShowsPostPage;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /editor/**}: the list of all posts, the post form with its row actions, preview
 * and delete.
 */
@AdminLayout
@Controller
@ShowsPostPage
class EditorController {

	private final EditorService editor;

	private final PreviewService previews;

	private final PostFormValidator rules;

	private final Clock clock;

	private final TakeawaysProperties properties;

	private final MediaLibrary media;

	private final PostPageModel pages;

	EditorController(EditorService editor, PreviewService previews, PostFormValidator rules, Clock clock,
			TakeawaysProperties properties, MediaLibrary media, PostPageModel pages) {
		this.media = media;
		this.pages = pages;
		this.editor = editor;
		this.previews = previews;
		this.rules = rules;
		this.clock = clock;
		this.properties = properties;
	}

	@ModelAttribute("section")
	String section() {
		return "editor";
	}

	@ModelAttribute("timeZone")
	String timeZone() {
		return this.properties.timeZone().getId();
	}

	/** The pictures a post can take as its lead picture. */
	@ModelAttribute("pictures")
	List<MediaLibrary.Choice> pictures() {
		return this.media.choices();
	}

	@GetMapping("/editor")
	String list(@RequestParam(defaultValue = "all") String status, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("posts", this.editor.list(status, q, page));
		model.addAttribute("status", status);
		model.addAttribute("q", q);
		model.addAttribute("now", this.clock.instant());
		return "editor/list";
	}

	@GetMapping("/editor/posts/new")
	String newPost(Model model) {
		model.addAttribute("form", new PostForm());
		return "editor/edit";
	}

	@PostMapping("/editor/posts")
	String create(@ModelAttribute("form") PostForm form, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, Principal principal, RedirectAttributes flash) {
		if (form.apply(action)) {
			return "editor/edit";
		}
		if (!valid(form, errors)) {
			return "editor/edit";
		}
		try {
			long id = this.editor.create(form, principal.getName());
			flash.addFlashAttribute("notice", "editor.created");
			return "redirect:/editor/posts/" + id;
		}
		catch (SlugTakenException | DataIntegrityViolationException ex) {
			slugTaken(ex, form, null, errors);
			return "editor/edit";
		}
	}

	@GetMapping("/editor/posts/{id:\\d+}")
	String edit(@PathVariable long id, Model model) {
		EditablePost post = this.editor.load(id);
		model.addAttribute("post", post);
		model.addAttribute("form", post.form());
		return "editor/edit";
	}

	@PostMapping("/editor/posts/{id:\\d+}")
	String save(@PathVariable long id, @ModelAttribute("form") PostForm form, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, Principal principal, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		if (form.apply(action) || !valid(form, errors)) {
			model.addAttribute("post", this.editor.load(id));
			return "editor/edit";
		}
		try {
			this.editor.update(id, form, principal.getName());
			flash.addFlashAttribute("notice", "editor.saved");
			return "redirect:/editor/posts/" + id;
		}
		catch (SlugTakenException | DataIntegrityViolationException ex) {
			slugTaken(ex, form, id, errors);
			model.addAttribute("post", this.editor.load(id));
			return "editor/edit";
		}
		catch (EditConflictException ex) {
			return conflict(ex.theirs(), form, model, response);
		}
		catch (OptimisticLockingFailureException ex) {
			return conflict(this.editor.load(id), form, model, response);
		}
	}

	/**
	 * A slug found taken before saving, or by the unique constraint when two saves raced;
	 * any other constraint violation is not the editor's to fix.
	 */
	private void slugTaken(RuntimeException ex, PostForm form, @Nullable Long id, BindingResult errors) {
		if (ex instanceof DataIntegrityViolationException && !this.editor.slugTaken(form.effectiveSlug(), id)) {
			throw ex;
		}
		errors.rejectValue("slug", "editor.slug.taken");
	}

	/**
	 * The form again with the editor's text, the stored version beside it field by field,
	 * and the current version number: saving again is a deliberate choice.
	 */
	private String conflict(EditablePost theirs, PostForm yours, Model model, HttpServletResponse response) {
		model.addAttribute("post", theirs);
		model.addAttribute("changes", FieldChange.between(theirs.form(), yours));
		yours.setVersion(theirs.version());
		model.addAttribute("form", yours);
		response.setStatus(HttpStatus.CONFLICT.value());
		return "editor/edit";
	}

	@GetMapping("/editor/posts/{id}/preview")
	String preview(@PathVariable long id, Model model) {
		return preview(this.previews.preview(id), id, model);
	}

	@PostMapping("/editor/posts/{id}/preview")
	String previewChanges(@PathVariable long id, @ModelAttribute("form") PostForm form, Model model) {
		return preview(this.previews.preview(id, form, null), id, model);
	}

	@PostMapping("/editor/posts/preview")
	String previewNew(@ModelAttribute("form") PostForm form, Principal principal, Model model) {
		return preview(this.previews.preview(null, form, principal.getName()), null, model);
	}

	private String preview(PostPage page, Long id, Model model) {
		model.addAllAttributes(this.pages.of(page));
		model.addAttribute("preview", true);
		model.addAttribute("editUrl", (id != null) ? "/editor/posts/" + id : "/editor/posts/new");
		return "post/show";
	}

	@GetMapping("/editor/posts/{id}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		model.addAttribute("post", this.editor.load(id));
		return "editor/delete";
	}

	@PostMapping("/editor/posts/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes flash) {
		this.editor.delete(id);
		flash.addFlashAttribute("notice", "editor.deleted");
		return "redirect:/editor";
	}

	/**
	 * The form's rules ({@link PostFormValidator}), once rows left completely empty are
	 * dropped.
	 */
	private boolean valid(PostForm form, BindingResult errors) {
		form.dropEmptyRows();
		this.rules.validate(form, errors);
		return !errors.hasErrors();
	}

}
