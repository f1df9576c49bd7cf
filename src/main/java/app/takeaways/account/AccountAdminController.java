package app.takeaways.account;

import app.takeaways.common.web.AdminLayout;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users}: admins create editor accounts, disable and re-enable them and
 * reset passwords.
 */
@AdminLayout
@Controller
@RequestMapping("/admin/users")
class AccountAdminController {

	private final AccountService accounts;

	AccountAdminController(AccountService accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("section")
	String section() {
		return "users";
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", AccountForm.empty());
		return page(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasFieldErrors("username") && this.accounts.usernameTaken(form.username())) {
			errors.rejectValue("username", "account.username.taken");
		}
		if (errors.hasErrors()) {
			return page(model);
		}
		this.accounts.create(form);
		flash.addFlashAttribute("notice", "account.created");
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, Principal principal, RedirectAttributes flash) {
		boolean done = this.accounts.setEnabled(id, false, principal.getName());
		flash.addFlashAttribute(done ? "notice" : "problem", done ? "account.disabled" : "account.unchangeable");
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, Principal principal, RedirectAttributes flash) {
		boolean done = this.accounts.setEnabled(id, true, principal.getName());
		flash.addFlashAttribute(done ? "notice" : "problem", done ? "account.enabled" : "account.unchangeable");
		return "redirect:/admin/users";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute PasswordForm form, BindingResult errors,
			RedirectAttributes flash) {
		if (errors.hasErrors()) {
			flash.addFlashAttribute("problem", "account.password.invalid");
			return "redirect:/admin/users";
		}
		boolean done = this.accounts.resetPassword(id, form);
		flash.addFlashAttribute(done ? "notice" : "problem", done ? "account.password.reset" : "account.unchangeable");
		return "redirect:/admin/users";
	}

	private String page(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		return "account/users";
	}

}
