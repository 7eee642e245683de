/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A rule of thumb (kjøreregel): what it takes to be sustainable within a theme.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.Rule#getTextNb <em>Text Nb</em>}</li>
 *   <li>{@link no.redthread.model.plan.Rule#getTextEn <em>Text En</em>}</li>
 * </ul>
 *
 * @see no.redthread.model.plan.PlanPackage#getRule()
 * @model
 * @generated
 */
public interface Rule extends Identified {
	/**
	 * Returns the value of the '<em><b>Text Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text Nb</em>' attribute.
	 * @see #setTextNb(String)
	 * @see no.redthread.model.plan.PlanPackage#getRule_TextNb()
	 * @model
	 * @generated
	 */
	String getTextNb();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Rule#getTextNb <em>Text Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Nb</em>' attribute.
	 * @see #getTextNb()
	 * @generated
	 */
	void setTextNb(String value);

	/**
	 * Returns the value of the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text En</em>' attribute.
	 * @see #setTextEn(String)
	 * @see no.redthread.model.plan.PlanPackage#getRule_TextEn()
	 * @model
	 * @generated
	 */
	String getTextEn();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Rule#getTextEn <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text En</em>' attribute.
	 * @see #getTextEn()
	 * @generated
	 */
	void setTextEn(String value);

} // Rule
