package app.takeaways.account;

import app.takeaways.common.web.AdminLayout;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security handles the form's POST and the sign-out.
 */
@AdminLayout
@Controller
class LoginController {

	private final LoginAttempts attempts;

	LoginController(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("section", "login");
		model.addAttribute("maxFailures", this.attempts.maxFailures());
		model.addAttribute("windowMinutes", this.attempts.windowMinutes());
		model.addAttribute("lockMinutes", this.attempts.lockMinutes());
		return "account/login";
	}

}
