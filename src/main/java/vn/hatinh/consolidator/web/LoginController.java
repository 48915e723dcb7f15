package vn.hatinh.consolidator.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@ConditionalOnWebApplication
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object error = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (error instanceof LockedException locked) {
            model.addAttribute("loginError", locked.getMessage());
        } else if (error != null) {
            model.addAttribute("loginError", "Tên đăng nhập hoặc mật khẩu không đúng.");
        }
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return "login";
    }
}
