package vn.hatinh.consolidator.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's frame shows: who is logged in and whether the action buttons are theirs to press. */
@ControllerAdvice
@ConditionalOnWebApplication
class ConsoleModel {

    @ModelAttribute("userName")
    String userName(Authentication authentication) {
        return authentication == null ? null : authentication.getName();
    }

    @ModelAttribute("operator")
    boolean operator(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_OPERATOR".equals(a.getAuthority()));
    }
}
