package vn.lienthong.orchestrator.domain.form;

public enum ResultDelivery {
    ELECTRONIC, POSTAL, AT_COUNTER
}
