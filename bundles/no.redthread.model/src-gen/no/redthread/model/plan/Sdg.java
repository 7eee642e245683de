/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sdg</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One of the 17 UN Sustainable Development Goals (bærekraftsmål).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.Sdg#getNumber <em>Number</em>}</li>
 *   <li>{@link no.redthread.model.plan.Sdg#getShortNameNb <em>Short Name Nb</em>}</li>
 *   <li>{@link no.redthread.model.plan.Sdg#getTitleNb <em>Title Nb</em>}</li>
 *   <li>{@link no.redthread.model.plan.Sdg#getShortNameEn <em>Short Name En</em>}</li>
 *   <li>{@link no.redthread.model.plan.Sdg#getTitleEn <em>Title En</em>}</li>
 *   <li>{@link no.redthread.model.plan.Sdg#getColour <em>Colour</em>}</li>
 *   <li>{@link no.redthread.model.plan.Sdg#getTargets <em>Targets</em>}</li>
 * </ul>
 *
 * @see no.redthread.model.plan.PlanPackage#getSdg()
 * @model
 * @generated
 */
public interface Sdg extends Identified {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see no.redthread.model.plan.PlanPackage#getSdg_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Sdg#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Short Name Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Short Name Nb</em>' attribute.
	 * @see #setShortNameNb(String)
	 * @see no.redthread.model.plan.PlanPackage#getSdg_ShortNameNb()
	 * @model
	 * @generated
	 */
	String getShortNameNb();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Sdg#getShortNameNb <em>Short Name Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Name Nb</em>' attribute.
	 * @see #getShortNameNb()
	 * @generated
	 */
	void setShortNameNb(String value);

	/**
	 * Returns the value of the '<em><b>Title Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title Nb</em>' attribute.
	 * @see #setTitleNb(String)
	 * @see no.redthread.model.plan.PlanPackage#getSdg_TitleNb()
	 * @model
	 * @generated
	 */
	String getTitleNb();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Sdg#getTitleNb <em>Title Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title Nb</em>' attribute.
	 * @see #getTitleNb()
	 * @generated
	 */
	void setTitleNb(String value);

	/**
	 * Returns the value of the '<em><b>Short Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Short Name En</em>' attribute.
	 * @see #setShortNameEn(String)
	 * @see no.redthread.model.plan.PlanPackage#getSdg_ShortNameEn()
	 * @model
	 * @generated
	 */
	String getShortNameEn();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Sdg#getShortNameEn <em>Short Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Short Name En</em>' attribute.
	 * @see #getShortNameEn()
	 * @generated
	 */
	void setShortNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title En</em>' attribute.
	 * @see #setTitleEn(String)
	 * @see no.redthread.model.plan.PlanPackage#getSdg_TitleEn()
	 * @model
	 * @generated
	 */
	String getTitleEn();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Sdg#getTitleEn <em>Title En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title En</em>' attribute.
	 * @see #getTitleEn()
	 * @generated
	 */
	void setTitleEn(String value);

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The UN colour of the goal as #RRGGBB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see #setColour(String)
	 * @see no.redthread.model.plan.PlanPackage#getSdg_Colour()
	 * @model
	 * @generated
	 */
	String getColour();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Sdg#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see #getColour()
	 * @generated
	 */
	void setColour(String value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.model.plan.SdgTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see no.redthread.model.plan.PlanPackage#getSdg_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<SdgTarget> getTargets();

} // Sdg
