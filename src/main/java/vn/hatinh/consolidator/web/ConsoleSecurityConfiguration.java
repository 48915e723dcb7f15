package vn.hatinh.consolidator.web;

import java.time.Clock;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;

import vn.hatinh.consolidator.users.UserAccounts;

/**
 * Form login at /login against the store's users; viewers read, operators act (every POST but logout needs the
 * operator role); CSRF on every form (Spring Security's default, kept); only the login page, the stylesheet and the
 * health endpoint are open. Loaded only when serve runs a web application.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
class ConsoleSecurityConfiguration {

    @Bean
    LoginThrottle loginThrottle() {
        return new LoginThrottle(Clock.systemUTC());
    }

    /** Not a bean: the throttled provider below is the only way in, so Spring Security builds no other. */
    private static UserDetailsService consoleUsers(UserAccounts accounts) {
        return name -> accounts.find(name)
                .map(u -> User.withUsername(u.name()).password(u.passwordHash()).roles(u.role().name()).build())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** Not a bean either: only this filter chain authenticates, and Boot then warns about nothing. */
    private static AuthenticationProvider consoleAuthentication(UserAccounts accounts, LoginThrottle throttle) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(consoleUsers(accounts));
        dao.setPasswordEncoder(accounts.encoder());
        return new ThrottledAuthenticationProvider(dao, throttle);
    }

    @Bean
    SecurityFilterChain consoleSecurity(HttpSecurity http, UserAccounts accounts, LoginThrottle throttle)
            throws Exception {
        http.authenticationProvider(consoleAuthentication(accounts, throttle))
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/login", "/css/**", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/logout").authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").authenticated()
                        .anyRequest().hasRole("OPERATOR"))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'")));
        return http.build();
    }
}
