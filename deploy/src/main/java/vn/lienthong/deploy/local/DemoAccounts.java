package vn.lienthong.deploy.local;

import java.io.PrintStream;

/** What a person needs to try the local run: the demo staff, the portal's client and how to get a token. */
final class DemoAccounts {

    private DemoAccounts() {
    }

    static void print(LocalSystem system, PrintStream out) {
        var secrets = system.secrets();
        out.println();
        out.println("Tài khoản dùng thử / demo accounts (mật khẩu / password: " + secrets.demoPassword() + ")");
        out.println("  hotich.25450         công chức tư pháp – hộ tịch, Xã Bù Gia Mập / commune civil-status officer");
        out.println("  hotich.25453         công chức tư pháp – hộ tịch, Xã Đăk Ơ");
        out.println("  hotich.25441.25555   công chức hộ tịch của hai xã / officer of two communes");
        out.println("  hotich.<mã xã>       một công chức cho mỗi xã của dân số tổng hợp / one per commune of the synthetic population");
        out.println("  congan.25450         công an xã / commune police, Xã Bù Gia Mập");
        out.println("  vanhanh.075          vận hành cấp tỉnh / provincial ops");
        out.println("  quantri              quản trị / administrator");
        out.println("Cổng DVC quốc gia / national portal client: national-portal, secret " + secrets.clientSecret("national-portal"));
        out.printf("  curl -s -u national-portal:%s -d grant_type=client_credentials"
                        + " -d 'scope=dossiers.submit dossiers.read' %s/oauth2/token%n",
                secrets.clientSecret("national-portal"), system.url(Service.IDENTITY));
        out.println("Bí mật của lần chạy này / this run's secrets: " + secrets.file());
        if (system.services().contains(Service.CONSOLE)) {
            out.println("Bảng điều khiển / console: " + system.url(Service.CONSOLE)
                    + "  (đăng nhập / sign in: hotich.25450 hoặc / or vanhanh.075, mật khẩu / password "
                    + secrets.demoPassword() + ")");
        }
    }
}
