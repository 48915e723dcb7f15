package vn.hatinh.consolidator.web;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The store's users behind the login throttle: a throttled attempt is refused before its password is checked. */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String user = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
        Duration wait = throttle.waitBefore(user, address);
        if (!wait.isZero()) {
            throw new LockedException("Đăng nhập sai nhiều lần. Hãy chờ " + Math.max(1, wait.toSeconds())
                    + " giây rồi thử lại.");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(user);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(user, address);
            throw new BadCredentialsException("Tên đăng nhập hoặc mật khẩu không đúng.");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
