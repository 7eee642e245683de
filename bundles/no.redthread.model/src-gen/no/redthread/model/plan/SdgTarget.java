/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sdg Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One of the 169 SDG targets (delmål), e.g. 11.5.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.SdgTarget#getCode <em>Code</em>}</li>
 *   <li>{@link no.redthread.model.plan.SdgTarget#getTextEn <em>Text En</em>}</li>
 *   <li>{@link no.redthread.model.plan.SdgTarget#getTextNb <em>Text Nb</em>}</li>
 *   <li>{@link no.redthread.model.plan.SdgTarget#isNbTextFlagged <em>Nb Text Flagged</em>}</li>
 *   <li>{@link no.redthread.model.plan.SdgTarget#getLocalWording <em>Local Wording</em>}</li>
 * </ul>
 *
 * @see no.redthread.model.plan.PlanPackage#getSdgTarget()
 * @model
 * @generated
 */
public interface SdgTarget extends Identified {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The UN code of the target, e.g. "1.a" or "11.5".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see no.redthread.model.plan.PlanPackage#getSdgTarget_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.SdgTarget#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text En</em>' attribute.
	 * @see #setTextEn(String)
	 * @see no.redthread.model.plan.PlanPackage#getSdgTarget_TextEn()
	 * @model
	 * @generated
	 */
	String getTextEn();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.SdgTarget#getTextEn <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text En</em>' attribute.
	 * @see #getTextEn()
	 * @generated
	 */
	void setTextEn(String value);

	/**
	 * Returns the value of the '<em><b>Text Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text Nb</em>' attribute.
	 * @see #setTextNb(String)
	 * @see no.redthread.model.plan.PlanPackage#getSdgTarget_TextNb()
	 * @model
	 * @generated
	 */
	String getTextNb();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.SdgTarget#getTextNb <em>Text Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Nb</em>' attribute.
	 * @see #getTextNb()
	 * @generated
	 */
	void setTextNb(String value);

	/**
	 * Returns the value of the '<em><b>Nb Text Flagged</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the nb text is known to be wrong (a machine-translation error, e.g. it repeats another target); show the English text instead.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nb Text Flagged</em>' attribute.
	 * @see #setNbTextFlagged(boolean)
	 * @see no.redthread.model.plan.PlanPackage#getSdgTarget_NbTextFlagged()
	 * @model
	 * @generated
	 */
	boolean isNbTextFlagged();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.SdgTarget#isNbTextFlagged <em>Nb Text Flagged</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nb Text Flagged</em>' attribute.
	 * @see #isNbTextFlagged()
	 * @generated
	 */
	void setNbTextFlagged(boolean value);

	/**
	 * Returns the value of the '<em><b>Local Wording</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user's own Norwegian wording of the target, if any; it wins over the catalogue text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Wording</em>' attribute.
	 * @see #setLocalWording(String)
	 * @see no.redthread.model.plan.PlanPackage#getSdgTarget_LocalWording()
	 * @model
	 * @generated
	 */
	String getLocalWording();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.SdgTarget#getLocalWording <em>Local Wording</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Wording</em>' attribute.
	 * @see #getLocalWording()
	 * @generated
	 */
	void setLocalWording(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The text to show a Norwegian reader: the user's own wording if set, else the nb text unless it is flagged or missing, else the English text.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	String preferredTextNb();

} // SdgTarget
