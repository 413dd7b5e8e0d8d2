<?php
/**
 * The blocks, the shortcodes and the one script they need.
 *
 * @package MesoWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The script handle of the bundle (dist/meso-widgets.js, shipped in assets/). */
const MESO_WIDGETS_SCRIPT = 'meso-widgets';

/**
 * Action `init`: the bundle, one block and one shortcode per element.
 */
function meso_widgets_register() {
	wp_register_script( MESO_WIDGETS_SCRIPT, plugins_url( 'assets/meso-widgets.js', MESO_WIDGETS_FILE ), array(), MESO_WIDGETS_BUILD['version'], true );
	wp_register_script(
		'meso-widgets-editor',
		plugins_url( 'editor/blocks.js', MESO_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render' ),
		MESO_WIDGETS_BUILD['version'],
		true
	);
	wp_register_style( 'meso-widgets-editor', plugins_url( 'editor/blocks.css', MESO_WIDGETS_FILE ), array(), MESO_WIDGETS_BUILD['version'] );

	foreach ( meso_widgets_elements() as $element => $spec ) {
		register_block_type(
			$spec['block'],
			array(
				'api_version'     => 2,
				'title'           => $spec['title'],
				'description'     => $spec['description'],
				'category'        => 'widgets',
				'icon'            => $spec['icon'],
				'keywords'        => array( 'mesotherapy', 'clinic', $spec['tag'] ),
				'attributes'      => meso_widgets_block_attributes( $spec['fields'] ),
				'supports'        => array(
					'html'     => false,
					'align'    => array( 'wide', 'full' ),
					'multiple' => true,
				),
				'editor_script'   => 'meso-widgets-editor',
				'editor_style'    => 'meso-widgets-editor',
				'render_callback' => function ( $attributes ) use ( $element ) {
					return meso_widgets_render( $element, is_array( $attributes ) ? $attributes : array() );
				},
			)
		);
		add_shortcode(
			$spec['shortcode'],
			function ( $atts ) use ( $element ) {
				list( $input, $unknown ) = meso_widgets_shortcode_input( $element, is_array( $atts ) ? $atts : array() );
				$problems                = array();
				foreach ( $unknown as $name ) {
					$problems[] = sprintf( '"%s" is not a setting of this shortcode.', $name );
				}
				return meso_widgets_render( $element, $input, $problems );
			}
		);
	}
}

/**
 * Block attributes from the settings list: text settings are strings ('' = default), flags are
 * booleans, rules and durations are objects.
 *
 * @param array<string, array<string, mixed>> $fields Settings.
 * @return array<string, array<string, mixed>> Block attributes.
 */
function meso_widgets_block_attributes( array $fields ) {
	$attributes = array();
	foreach ( $fields as $key => $field ) {
		if ( 'bool' === $field['type'] ) {
			$attributes[ $key ] = array(
				'type'    => 'boolean',
				'default' => false,
			);
		} elseif ( in_array( $field['type'], array( 'rules', 'durations' ), true ) ) {
			$attributes[ $key ] = array(
				'type'    => 'object',
				'default' => new stdClass(),
			);
		} else {
			$attributes[ $key ] = array(
				'type'    => 'string',
				'default' => '',
			);
		}
	}
	$attributes['align'] = array( 'type' => 'string' );
	return $attributes;
}

/**
 * Settings the widgets are checked against: what this plugin's build carries and today's date.
 *
 * @return array<string, mixed> The environment for meso_widgets_check_widget().
 */
function meso_widgets_env() {
	return array(
		'locales'        => MESO_WIDGETS_BUILD['locales'],
		'reviewed_shape' => MESO_WIDGETS_BUILD['reviewed_shape'],
		'today'          => current_time( 'Y-m-d' ),
	);
}

/**
 * One widget's HTML, with the bundle queued for this page. Problems are shown only to people who
 * can edit posts (in the block editor's preview, and on the page when they are logged in); other
 * visitors see the widget with its defaults.
 *
 * @param string               $element  Short name.
 * @param array<string, mixed> $input    Settings by block attribute name.
 * @param string[]             $problems Problems found before checking (unknown shortcode attributes).
 * @return string HTML.
 */
function meso_widgets_render( $element, array $input, array $problems = array() ) {
	unset( $input['align'], $input['className'] );
	$widget   = meso_widgets_check_widget( $element, $input, meso_widgets_settings(), meso_widgets_env() );
	$problems = array_merge( $problems, $widget['problems'] );
	meso_widgets_enqueue();
	$html = meso_widgets_markup( $widget );
	if ( $problems && current_user_can( 'edit_posts' ) ) {
		$items = '';
		foreach ( $problems as $problem ) {
			$items .= '<li>' . esc_html( $problem ) . '</li>';
		}
		$html = '<div class="meso-widgets-notice" role="alert" style="border-left:4px solid #d63638;background:#fcf0f1;color:#1e1e1e;padding:8px 12px;margin:0 0 12px;font:14px/1.5 sans-serif">'
			. '<strong>' . esc_html__( 'Meso widgets: some settings were not used. The widget uses the site settings or its own defaults instead.', 'meso-widgets' ) . '</strong>'
			. '<ul style="margin:4px 0 0 1.2em;padding:0">' . $items . '</ul>'
			. '<p style="margin:4px 0 0;font-size:12px">' . esc_html__( 'Only people who can edit posts see this message.', 'meso-widgets' ) . '</p></div>' . $html;
	}
	return $html;
}

/**
 * Queues the bundle (once: WordPress prints a handle once) and the site's accent colour.
 */
function meso_widgets_enqueue() {
	wp_enqueue_script( MESO_WIDGETS_SCRIPT );
	$settings = meso_widgets_settings();
	if ( '' !== $settings['accent_colour'] && ! wp_style_is( 'meso-widgets-accent', 'registered' ) ) {
		wp_register_style( 'meso-widgets-accent', false, array(), MESO_WIDGETS_BUILD['version'] );
		// The colour passed meso_widgets_check_colour() when it was saved and again here.
		list( $colour ) = meso_widgets_check_colour( $settings['accent_colour'] );
		if ( '' !== $colour ) {
			wp_add_inline_style( 'meso-widgets-accent', 'meso-eligibility,meso-aftercare,meso-vs-filler{--meso-color-accent:' . $colour . '}' );
			wp_enqueue_style( 'meso-widgets-accent' );
		}
	}
}

/**
 * Filter `the_content` (early): a post with pasted widget tags needs the bundle too.
 *
 * @param string $content Post content.
 * @return string The same content.
 */
function meso_widgets_enqueue_for_pasted_tags( $content ) {
	if ( is_string( $content ) && preg_match( '/<meso-(eligibility|aftercare|vs-filler)[\s>]/i', $content ) ) {
		meso_widgets_enqueue();
	}
	return $content;
}

/**
 * Filter `script_loader_tag`: the bundle is an ES module.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string The script tag.
 */
function meso_widgets_module_script_tag( $tag, $handle ) {
	if ( MESO_WIDGETS_SCRIPT !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}

/**
 * Action `enqueue_block_editor_assets`: the bundle (so previews are live widgets) and the sidebar's
 * description of every setting.
 */
function meso_widgets_editor_assets() {
	wp_enqueue_script( MESO_WIDGETS_SCRIPT );
	$blocks = array();
	foreach ( meso_widgets_elements() as $spec ) {
		$fields = array();
		foreach ( $spec['fields'] as $key => $field ) {
			$fields[] = array_merge( array( 'key' => $key ), array_intersect_key( $field, array_flip( array( 'type', 'label', 'help', 'panel', 'options' ) ) ) );
		}
		$blocks[ $spec['block'] ] = $fields;
	}
	$settings = meso_widgets_settings();
	list( $colour ) = meso_widgets_check_colour( $settings['accent_colour'] );
	if ( '' !== $colour ) {
		// The previews show the site's accent colour, as the pages do.
		wp_add_inline_style( 'meso-widgets-editor', 'meso-eligibility,meso-aftercare,meso-vs-filler{--meso-color-accent:' . $colour . '}' );
	}
	$data = array(
		'blocks'      => $blocks,
		'questions'   => MESO_WIDGETS_QUESTIONS,
		'severities'  => MESO_WIDGETS_SEVERITIES,
		'durations'   => MESO_WIDGETS_DURATIONS,
		'locales'     => MESO_WIDGETS_BUILD['locales'],
		'site'        => array(
			'clinic_name'  => $settings['clinic_name'],
			'clinic_phone' => $settings['clinic_phone'],
			'booking_url'  => $settings['booking_url'],
			'locale'       => $settings['locale'],
		),
		'settingsUrl' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=meso-widgets' ) : '',
	);
	wp_add_inline_script( 'meso-widgets-editor', 'window.mesoWidgetsEditor = ' . wp_json_encode( $data ) . ';', 'before' );
}

/**
 * Filter `plugin_action_links_…`: a Settings link on the Plugins screen.
 *
 * @param string[] $links Links.
 * @return string[] Links.
 */
function meso_widgets_action_links( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=meso-widgets' ) ) . '">' . esc_html__( 'Settings', 'meso-widgets' ) . '</a>' );
	return $links;
}
