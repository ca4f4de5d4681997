package vn.lienthong.sample.application.port.out;

public interface Births {
}
