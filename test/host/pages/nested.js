// A page builder's own component that renders our widget inside its shadow root.
customElements.define(
  'builder-section',
  class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({mode: 'open'});
    }

    connectedCallback() {
      const root = this.shadowRoot;
      if (root.childElementCount) return;
      const wrapper = document.createElement('div');
      const widget = document.createElement(this.getAttribute('tag'));
      if (widget.localName === 'meso-aftercare') widget.setAttribute('treated-at', '2026-11-24T10:30');
      wrapper.append(widget);
      root.append(wrapper);
    }
  },
);
