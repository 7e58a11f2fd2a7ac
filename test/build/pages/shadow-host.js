// A third-party element that renders a crm tag inside its own open shadow root (after the loader started).
customElements.define(
  'third-party-panel',
  class extends HTMLElement {
    connectedCallback() {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      setTimeout(() => {
        root.innerHTML = '<p>Panel</p><crm-tier-badge tier="B2"></crm-tier-badge>';
      });
    }
  },
);
