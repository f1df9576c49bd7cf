package app.takeaways.common.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * Errors that never reached a controller (an unknown address, a wrong method, a body over
 * the limit, a missing CSRF token). The one place that decides how an error is answered:
 * anything under {@code /api/} gets RFC 9457 problem details whatever it accepts; other
 * addresses get the site's error page unless the client asks for JSON rather than HTML
 * (so {@code Accept: *}{@code /*}, as curl and crawlers send, gets the page).
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController extends AbstractErrorController {

	ProblemErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> resolvers) {
		super(errorAttributes, resolvers);
	}

	@RequestMapping
	@Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		HttpStatus status = getStatus(request);
		if (status == HttpStatus.NO_CONTENT) {
			response.setStatus(status.value());
			return null;
		}
		if (wantsProblemJson(request)) {
			return problem(request, status);
		}
		Map<String, Object> model = getErrorAttributes(request, ErrorAttributeOptions.defaults());
		response.setStatus(status.value());
		ModelAndView view = resolveErrorView(request, response, status, model);
		return (view != null) ? view : new ModelAndView("error", model, status);
	}

	/**
	 * Problem details for the API and for clients that prefer JSON to HTML.
	 */
	static boolean wantsProblemJson(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri != null) ? uri.toString() : request.getRequestURI();
		if (path.startsWith(request.getContextPath() + "/api/")) {
			return true;
		}
		return prefersJson(request.getHeader(HttpHeaders.ACCEPT));
	}

	private static boolean prefersJson(@Nullable String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			MimeTypeUtils.sortBySpecificity(types);
			for (MediaType type : types) {
				if (type.isWildcardType() || type.isCompatibleWith(MediaType.TEXT_HTML)
						|| type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML)) {
					return false;
				}
				if (type.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(type.getSubtypeSuffix())) {
					return true;
				}
			}
			return false;
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static ModelAndView problem(HttpServletRequest request, HttpStatus status) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.put("instance", uri);
		}
		JacksonJsonView view = new JacksonJsonView();
		view.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		view.setModelKey("problem");
		view.setExtractValueFromSingleKeyModel(true);
		ModelAndView result = new ModelAndView(view, "problem", problem);
		result.setStatus(status);
		return result;
	}

}
