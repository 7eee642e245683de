/**
 * Redthread: generated from model/plan.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.model.plan;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Theme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A sustainability theme (bærekrafttema) inside a dimension, with its rules of thumb and the SDG targets it maps to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link no.redthread.model.plan.Theme#getNameNb <em>Name Nb</em>}</li>
 *   <li>{@link no.redthread.model.plan.Theme#getNameEn <em>Name En</em>}</li>
 *   <li>{@link no.redthread.model.plan.Theme#getDescriptionNb <em>Description Nb</em>}</li>
 *   <li>{@link no.redthread.model.plan.Theme#getDescriptionEn <em>Description En</em>}</li>
 *   <li>{@link no.redthread.model.plan.Theme#getRules <em>Rules</em>}</li>
 *   <li>{@link no.redthread.model.plan.Theme#getSdgTargets <em>Sdg Targets</em>}</li>
 * </ul>
 *
 * @see no.redthread.model.plan.PlanPackage#getTheme()
 * @model
 * @generated
 */
public interface Theme extends Identified {
	/**
	 * Returns the value of the '<em><b>Name Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name Nb</em>' attribute.
	 * @see #setNameNb(String)
	 * @see no.redthread.model.plan.PlanPackage#getTheme_NameNb()
	 * @model
	 * @generated
	 */
	String getNameNb();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Theme#getNameNb <em>Name Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name Nb</em>' attribute.
	 * @see #getNameNb()
	 * @generated
	 */
	void setNameNb(String value);

	/**
	 * Returns the value of the '<em><b>Name En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name En</em>' attribute.
	 * @see #setNameEn(String)
	 * @see no.redthread.model.plan.PlanPackage#getTheme_NameEn()
	 * @model
	 * @generated
	 */
	String getNameEn();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Theme#getNameEn <em>Name En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name En</em>' attribute.
	 * @see #getNameEn()
	 * @generated
	 */
	void setNameEn(String value);

	/**
	 * Returns the value of the '<em><b>Description Nb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description Nb</em>' attribute.
	 * @see #setDescriptionNb(String)
	 * @see no.redthread.model.plan.PlanPackage#getTheme_DescriptionNb()
	 * @model
	 * @generated
	 */
	String getDescriptionNb();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Theme#getDescriptionNb <em>Description Nb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description Nb</em>' attribute.
	 * @see #getDescriptionNb()
	 * @generated
	 */
	void setDescriptionNb(String value);

	/**
	 * Returns the value of the '<em><b>Description En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description En</em>' attribute.
	 * @see #setDescriptionEn(String)
	 * @see no.redthread.model.plan.PlanPackage#getTheme_DescriptionEn()
	 * @model
	 * @generated
	 */
	String getDescriptionEn();

	/**
	 * Sets the value of the '{@link no.redthread.model.plan.Theme#getDescriptionEn <em>Description En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description En</em>' attribute.
	 * @see #getDescriptionEn()
	 * @generated
	 */
	void setDescriptionEn(String value);

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference list.
	 * The list contents are of type {@link no.redthread.model.plan.Rule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference list.
	 * @see no.redthread.model.plan.PlanPackage#getTheme_Rules()
	 * @model containment="true"
	 * @generated
	 */
	EList<Rule> getRules();

	/**
	 * Returns the value of the '<em><b>Sdg Targets</b></em>' reference list.
	 * The list contents are of type {@link no.redthread.model.plan.SdgTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sdg Targets</em>' reference list.
	 * @see no.redthread.model.plan.PlanPackage#getTheme_SdgTargets()
	 * @model
	 * @generated
	 */
	EList<SdgTarget> getSdgTargets();

} // Theme
